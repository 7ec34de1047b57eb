"""The export's peak memory is its own process's: not the high-water mark Linux carries over from the benchmark's
process (which has just loaded the register) across fork and exec."""

import subprocess
import sys

import pytest

from udsyn.benchmark.run import PEAK_KB


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="VmHWM is Linux's")
def test_a_child_reports_its_own_peak_not_its_parents():
    ballast = bytearray(300 * 1024 * 1024)
    for i in range(0, len(ballast), 4096):  # touch every page so it is resident
        ballast[i] = 1
    done = subprocess.run([sys.executable, "-c", PEAK_KB + "print(peak_kb())"], capture_output=True, text=True,
                          check=True)
    child_mb = int(done.stdout) / 1024
    assert 1 < child_mb < 100, f"a bare Python reported a peak of {child_mb:.0f} MB"
    assert len(ballast) == 300 * 1024 * 1024
