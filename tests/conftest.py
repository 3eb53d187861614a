import os
import sys
from pathlib import Path

# Real Qt widgets without a screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English text unless they switch language themselves; a Korean system must not
# turn the app Korean under them ("System" is the default choice).
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# CI runs the property tests on a fixed sequence of examples: a green run on this machine is
# then a green run in CI. Locally they stay random, so each run explores new blocks
# (`./run fuzz` is the long exploration).
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
