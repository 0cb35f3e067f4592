"""No import cycle between tutor's modules.

A cycle means neither module can be read, tested or changed without the other; the layers
in pyproject.toml (``lint-imports``) rule out cycles between packages, this test rules them
out between modules. Imports inside functions count: they only hide a cycle from Python.
"""

from __future__ import annotations

import grimp
import pytest

# Known, being untangled: controllers and pages that hold the whole app controller for
# their type hints (ui/controllers, ui/stand, ui/facilitator), and practice apps whose
# widget and screens name each other (sandboxes). Only cycles inside these are let through,
# and only through imports for type checkers.
KNOWN_AREAS = (
    "tutor.sandboxes.",
    "tutor.ui.controllers.",
    "tutor.ui.stand.",
    "tutor.ui.facilitator.",
)


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected groups of two modules or more (Tarjan's algorithm, without
    recursion): every module of a group reaches every other through imports."""
    found: list[list[str]] = []
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, imported = work[-1]
            for other in imported:
                if other not in index:
                    index[other] = low[other] = len(index)
                    stack.append(other)
                    on_stack.add(other)
                    work.append(
                        (other, iter(sorted(graph.find_modules_directly_imported_by(other))))
                    )
                    break
                if other in on_stack:
                    low[module] = min(low[module], index[other])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[module])
                if low[module] == index[module]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == module:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
    return found


def known(group: list[str]) -> bool:
    return all(module.startswith(KNOWN_AREAS) for module in group)


def test_no_module_imports_itself_back_when_the_app_runs():
    graph = grimp.build_graph("tutor", cache_dir=None, exclude_type_checking_imports=True)
    assert cycles(graph) == []


def test_type_hints_close_no_cycle_outside_the_known_areas():
    graph = grimp.build_graph("tutor", cache_dir=None)
    assert [group for group in cycles(graph) if not known(group)] == []


@pytest.mark.parametrize(
    ("imports", "expected"),
    [
        ({"a.x": {"a.y"}, "a.y": {"a.z"}, "a.z": {"a.x"}}, [["a.x", "a.y", "a.z"]]),
        ({"a.x": {"a.y"}, "a.y": {"a.z"}, "a.z": set()}, []),
        (
            {"a.x": {"a.y"}, "a.y": {"a.x"}, "a.z": {"a.w"}, "a.w": {"a.z"}},
            [["a.w", "a.z"], ["a.x", "a.y"]],
        ),
    ],
)
def test_cycles_are_found(imports, expected):
    graph = grimp.ImportGraph()
    for importer, imported in imports.items():
        graph.add_module(importer)
        for other in imported:
            graph.add_import(importer=importer, imported=other)
    assert sorted(cycles(graph)) == expected
