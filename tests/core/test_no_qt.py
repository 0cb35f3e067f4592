"""core and storage must never load Qt: they run from the command line and in fast tests."""

import subprocess
import sys


def test_importing_core_and_storage_loads_no_qt():
    code = (
        "import sys\n"
        "import tutor.core.engine, tutor.core.loader, tutor.core.catalogue\n"
        "import tutor.storage.store, tutor.storage.progress, tutor.storage.learners\n"
        "import tutor.sandboxes, tutor.commands.lessons\n"
        "tutor.sandboxes.sandbox_specs()\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'qtawesome', 'qtpy'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
