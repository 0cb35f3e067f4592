"""Removes from the PyInstaller bundle what Pas à Pas never uses, to keep it small.

    python packaging/prune.py dist/pas-a-pas

1. Qt translations but its own words in the app's languages (``tutor/ui/system_dialogs.py``:
   the file and print dialogs); the app's own texts go through gettext.
2. Qt plugins other than those the app needs (platforms, image formats, input methods...),
   and QtAwesome's icon fonts other than Material Design (the only one drawn).
3. Linux: libraries every Debian/Ubuntu desktop has (``linux-system-libs.txt``): the
   system's own copies are used, as AppImages do, so a newer libGL never meets an older
   bundled libstdc++.
4. Linux: libraries nothing left in the bundle needs (the DT_NEEDED closure of the program,
   the Python extension modules, the kept plugins and the libraries loaded by name).
Prints what it removed and the size before and after.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Qt plugins kept, as "folder/name" without "lib" and the file extension. The rest go.
KEEP_PLUGINS = {
    # X11 and Wayland (X11 through XWayland is the fallback), Windows, macOS; offscreen for
    # self-check and tests.
    "platforms/qxcb",
    "platforms/qwayland",
    "platforms/qoffscreen",
    "platforms/qwindows",
    "platforms/qcocoa",
    "xcbglintegrations/qxcb-egl-integration",
    "xcbglintegrations/qxcb-glx-integration",
    "wayland-shell-integration/xdg-shell",
    "wayland-decoration-client/bradient",
    "wayland-graphics-integration-client/qt-plugin-wayland-egl",
    "wayland-graphics-integration-client/shm-emulation-server",
    # The desktop's file dialogs and colours through the portal (no GTK libraries).
    "platformthemes/qxdgdesktopportal",
    # Typing accents (compose key) and other input methods.
    "platforminputcontexts/composeplatforminputcontextplugin",
    "platforminputcontexts/ibusplatforminputcontextplugin",
    # qtawesome's and the app's pictures.
    "iconengines/qsvgicon",
    "imageformats/qsvg",
    "imageformats/qjpeg",
    "imageformats/qgif",
    "imageformats/qico",
    "styles/qmodernwindowsstyle",
    # Printing facilitators' documents (QtPrintSupport): CUPS on Linux (the system's libcups).
    "printsupport/cupsprintersupport",
    "printsupport/windowsprintersupport",
    # No FFmpeg "multimedia" plugin (~25 MB with its libraries): QAudioSink and QMediaDevices,
    # all the app uses, live in QtMultimedia itself (PulseAudio/ALSA), backend or not (seen on
    # Linux: Qt says "No QtMultimedia backends found. Only QMediaDevices, QAudioDevice,
    # QSoundEffect, QAudioSink, and QAudioSource are available."). On Windows the small
    # native backend is kept, to be safe until checked there.
    "multimedia/windowsmediaplugin",
}
# FFmpeg's own libraries on Windows (on Linux the DT_NEEDED closure finds them unused).
FFMPEG_DLLS = ("avcodec-", "avformat-", "avutil-", "swresample-", "swscale-")


# The words of Qt's own dialogs (files, printer) in the app's languages.
KEEP_QT_TRANSLATIONS = {"qtbase_fr.qm", "qtbase_en.qm"}


def _size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def _mb(count: int) -> str:
    return f"{count / 1e6:.1f} MB"


def _plugin_key(path: Path, plugins: Path) -> str:
    stem = path.name.split(".")[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    return f"{path.parent.relative_to(plugins).as_posix()}/{stem}"


def prune_qt(internal: Path, removed: list[str]) -> None:
    qt = next((p for p in (internal / "PySide6" / "Qt", internal / "PySide6") if p.is_dir()), None)
    if qt is None:
        return
    translations = qt / "translations"
    if translations.is_dir():
        for catalogue in sorted(translations.iterdir()):
            if catalogue.name in KEEP_QT_TRANSLATIONS:
                continue
            if catalogue.is_dir():
                shutil.rmtree(catalogue)
            else:
                catalogue.unlink()
        removed.append("Qt translations but qtbase in French and English")
    plugins = qt / "plugins"
    if not plugins.is_dir():
        return
    for plugin in sorted(p for p in plugins.rglob("*") if p.is_file()):
        if _plugin_key(plugin, plugins) not in KEEP_PLUGINS:
            plugin.unlink()
            removed.append(f"plugin {_plugin_key(plugin, plugins)}")
    for folder in sorted(plugins.iterdir()):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    if os.name == "nt" and not any(plugins.glob("multimedia/ffmpegmediaplugin*")):
        for dll in sorted(internal.rglob("*.dll")):
            if dll.name.startswith(FFMPEG_DLLS):
                dll.unlink()
                removed.append(f"FFmpeg library {dll.name}")


# --- Linux: shared libraries -------------------------------------------------------------------
def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def _needed(path: Path) -> list[str]:
    output = subprocess.run(
        ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def _system_libs() -> set[str]:
    names = set()
    for line in (HERE / "linux-system-libs.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


def prune_libraries(internal: Path, removed: list[str]) -> None:
    if shutil.which("readelf") is None:
        sys.exit("readelf not found: install binutils (apt-get install binutils)")
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    library_dirs = [internal, qt_lib]
    # Libraries: "lib*.so*" in the top folder and Qt's lib folder (symlinks included).
    libraries: dict[str, list[Path]] = {}
    for folder in library_dirs:
        for path in folder.glob("lib*.so*"):
            libraries.setdefault(path.name, []).append(path)

    for name in sorted(_system_libs() & libraries.keys()):
        for path in libraries.pop(name):
            path.unlink()
        removed.append(f"system library {name}")

    # Roots: everything that is not a plain library (the program, extension modules,
    # plugins), plus the libraries loaded by name at run time.
    loaded_by_name = {"libespeak-ng.so.1"} | {n for n in libraries if n.startswith("libpython")}
    library_files = {p.resolve() for paths in libraries.values() for p in paths}
    roots = [internal.parent / "pas-a-pas"]
    for path in internal.rglob("*"):
        is_shared_object = path.suffix == ".so" or ".so." in path.name
        if (
            is_shared_object
            and path.is_file()
            and not path.is_symlink()
            and path.resolve() not in library_files
            and _is_elf(path)
        ):
            roots.append(path)
    roots += [libraries[n][0] for n in loaded_by_name if n in libraries]

    kept: set[str] = set()
    pending = list(roots)
    while pending:
        for name in _needed(pending.pop()):
            if name in libraries and name not in kept:
                kept.add(name)
                pending.append(libraries[name][0].resolve())
    kept |= loaded_by_name
    for name in sorted(libraries.keys() - kept):
        for path in libraries[name]:
            if path.is_symlink() or path.exists():
                path.unlink()
        removed.append(f"unused library {name}")


# The one icon font the app draws from (tutor/glyphs.py); QtAwesome's others (5 MB) go.
KEEP_ICON_FONTS = "materialdesignicons6-"


def prune_icon_fonts(internal: Path, removed: list[str]) -> None:
    fonts = internal / "qtawesome" / "fonts"
    for path in sorted(fonts.glob("*")) if fonts.is_dir() else []:
        if path.is_file() and not path.name.startswith(KEEP_ICON_FONTS):
            path.unlink()
            removed.append(f"icon font {path.name}")


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "pas-a-pas")
    internal = bundle / "_internal"
    if not internal.is_dir():
        sys.exit(f"{internal} not found: build the bundle first")
    before = _size(bundle)
    removed: list[str] = []
    prune_qt(internal, removed)
    prune_icon_fonts(internal, removed)
    if sys.platform.startswith("linux"):
        prune_libraries(internal, removed)
    if os.environ.get("PAP_PRUNE_VERBOSE"):
        for line in removed:
            print(f"    removed {line}")
    after = _size(bundle)
    print(f"    pruned {len(removed)} items: {_mb(before)} -> {_mb(after)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
