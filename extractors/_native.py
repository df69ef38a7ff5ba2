"""The optional compiled extractor: the same modules compiled to C with mypyc, about 1.7x as fast.

    make native        (or: .venv/bin/python -c 'import extractors._native as n; n.main()')

builds every module of this package but `__init__`, `__main__`, `claim`, this one and the
language tables (`lang/`) into build/native/<key>/, where <key> is a hash of the interpreter's ABI and
of every .py file of the package. Importing `extractors` loads that build only when a build
for the current key is complete, so a compiled module never stands in for an edited .py:
change any file here and the package is pure Python again until the next `make native`.
Nothing is ever compiled beside the sources. CLAIMWATCH_PURE=1 in the environment keeps
the pure modules whatever is built (tracebacks of compiled code have no line numbers).

Building needs a C compiler, mypy (a dev dependency) and setuptools; without them the build
says why and the extractor stays pure Python. The compiled modules check the annotations at
run time: where pure Python would carry on with a value of the wrong type (an int where the
code says float), they raise a TypeError, and `python -m extractors` reports that post as
failed. Keep the annotations true; the test suite and a corpus diff are the guard.

Module-level constants of the compiled modules are `Final` (concept names, token kinds, flags,
tables): compiled code then reads a literal or a C static, where a plain module variable costs
a lookup in the module's dict at every use. A new constant should be `Final` too.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import sysconfig
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUILDS = PACKAGE.parent / "build" / "native"
# Interpreted whatever is built: the package's entry points, this loader, the rule tables,
# and Claim, which leaves the package: compiled, a frozen dataclass does not unpickle (its
# __setattr__ refuses the fields), so claims could not come back from worker processes.
INTERPRETED = ("__init__.py", "__main__.py", "_native.py", "claim.py")
DONE = "COMPLETE"  # written last: a build without it was interrupted


def compiled_sources() -> list[Path]:
    """The modules a build compiles."""
    return sorted(p for p in PACKAGE.glob("*.py") if p.name not in INTERPRETED)


def source_key() -> str:
    """The interpreter's ABI and every .py of the package (the rule tables and the interpreted
    modules too: the compiled code was type-checked against them)."""
    digest = hashlib.sha256(str(sysconfig.get_config_var("EXT_SUFFIX")).encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def activate(package_path: list[str]) -> bool:
    """Put the build for the current sources first on the package's path, if there is one."""
    if os.environ.get("CLAIMWATCH_PURE") or not BUILDS.is_dir():
        return False
    where = BUILDS / source_key()
    if not (where / DONE).is_file():
        return False
    # mypyc's shared library is a top-level module the compiled modules import by name:
    # load it from the build rather than putting the build on sys.path.
    for lib in where.glob("*__mypyc*"):
        name = lib.name.split(".")[0]
        spec = importlib.util.spec_from_file_location(name, lib)
        if spec is None or spec.loader is None:
            return False
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    package_path.insert(0, str(where / "extractors"))
    return True


def build() -> int:
    """Compile into build/native/<key>/ (a no-op when that build exists); 1 when it cannot."""
    import shutil
    import subprocess
    import tempfile
    import time
    import tomllib

    key = source_key()
    target = BUILDS / key
    if (target / DONE).is_file():
        print(f"extractor: compiled build {key} is up to date")
        return 0
    cc = str(sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        print(f"extractor: no C compiler ({cc}): it stays pure Python", file=sys.stderr)
        return 1
    for needed in ("mypyc", "setuptools"):
        if importlib.util.find_spec(needed) is None:
            print(f"extractor: {needed} is not installed: it stays pure Python", file=sys.stderr)
            return 1
    BUILDS.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=BUILDS, prefix="tmp-") as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(PACKAGE, src / "extractors", ignore=shutil.ignore_patterns("__pycache__"))
        # mypy's settings for the build (the stub-less dependencies above all), as an ini file:
        # setuptools, which mypyc runs in that folder, must not read the project's pyproject.
        conf = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
        mypy = conf["tool"]["mypy"]
        lines = ["[mypy]", f"python_version = {mypy['python_version']}"]
        for override in mypy.get("overrides", []):
            lines.append(f"[mypy-{','.join(override['module'])}]")
            lines += [f"{k} = {v}" for k, v in override.items() if k != "module"]
        (src / "mypy.ini").write_text("\n".join(lines) + "\n", encoding="utf-8")
        modules = [f"extractors/{p.name}" for p in compiled_sources()]
        # What the mypyc command writes, but with the C split into one file per module and
        # compiled on every core: a third less time than one 13 MB file, as fast a result.
        (src / "setup.py").write_text(
            "from setuptools import setup\n"
            "from mypyc.build import mypycify\n"
            f"args = {['--config-file', 'mypy.ini', *modules]!r}\n"
            "setup(name='extractors', ext_modules=mypycify(args, multi_file=True))\n",
            encoding="utf-8",
        )
        jobs = str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
        done = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace", "--parallel", jobs],
            cwd=src,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            print(done.stdout[-4000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
            print("extractor: mypyc failed: it stays pure Python", file=sys.stderr)
            return 1
        out = Path(tmp) / "out"
        (out / "extractors").mkdir(parents=True)
        for lib in src.glob("*.so"):
            shutil.move(lib, out / lib.name)
        for lib in (src / "extractors").glob("*.so"):
            shutil.move(lib, out / "extractors" / lib.name)
        size = sum(p.stat().st_size for p in out.rglob("*.so"))
        (out / DONE).write_text(f"{len(modules)} modules, {size:,} bytes\n", encoding="utf-8")
        for old in BUILDS.iterdir():  # one build at a time: an older one is never used again
            if old.name != Path(tmp).name:
                shutil.rmtree(old)
        out.rename(target)
    took = time.perf_counter() - started
    print(f"extractor: compiled {len(modules)} modules in {took:.0f} s ({size / 1e6:.1f} MB)")
    return 0


def main() -> None:
    sys.exit(build())
