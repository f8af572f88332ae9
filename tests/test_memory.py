"""tasks/memory.py: large brief steps take turns across threads, and freed heap goes back."""

import threading
import time

from verbatim.tasks.memory import one_large_step, release_free_memory


def test_large_steps_of_two_threads_never_overlap():
    inside, most, lock = [0], [0], threading.Lock()

    def step():
        for _ in range(20):
            with one_large_step():
                with lock:
                    inside[0] += 1
                    most[0] = max(most[0], inside[0])
                time.sleep(0.001)
                with lock:
                    inside[0] -= 1

    threads = [threading.Thread(target=step) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most[0] == 1


def test_an_error_inside_a_step_releases_it():
    try:
        with one_large_step():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with one_large_step():  # would block forever if the first had kept the lock
        pass


def test_freed_memory_is_released_on_glibc():
    assert release_free_memory() is True  # Linux with glibc, as on every machine this runs on
