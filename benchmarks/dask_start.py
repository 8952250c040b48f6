"""Starting ``--scheduler local``'s Dask workers, and restarting one that was killed: wall and CPU time.

The CPU time of everything (``cpu_tree.py``) is the figure to compare: a spawned worker that has
joined the scheduler may still be warming up (the ``WarmCatalog`` plugin), until the cluster closes.

``aidledger.distributed.local_cluster`` forks its workers from the warm fork server (the default);
``--spawn`` starts them as before (``multiprocessing``'s spawn: every worker imports Dask and
aidledger and builds the catalog's patterns itself). Run it under ``cpu_tree.py`` for the CPU time of
every process (the fork server and the workers are not this process's children that ``time`` sees):

    python benchmarks/cpu_tree.py python benchmarks/dask_start.py [--spawn]
"""

from __future__ import annotations

import argparse
import os
import signal
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spawn", action="store_true", help="spawn the workers (the code before the fork server)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    import distributed

    import aidledger.distributed as dist

    if args.spawn:
        dist._start_workers_warm = lambda: None
    start = time.time()
    cluster = dist.local_cluster(args.workers)
    client = distributed.Client(cluster, set_as_default=False)
    client.register_plugin(dist.WarmCatalog())
    how = "spawn" if args.spawn else "fork server"
    print(f"{how}: {args.workers} workers up and warm in {time.time() - start:.1f} s")
    start = time.time()
    address, pid = next(iter(client.run(os.getpid).items()))
    os.kill(pid, signal.SIGKILL)
    while True:  # until the scheduler has dropped the dead worker and its nanny's new one has joined
        workers = client.scheduler_info(n_workers=-1)["workers"]
        if address not in workers and len(workers) == args.workers:
            break
        time.sleep(0.05)
    print(f"a killed worker replaced (joined the scheduler) in {time.time() - start:.1f} s")
    client.close()
    cluster.close()


if __name__ == "__main__":  # the workers import this file again (spawn, fork server): start only here
    main()
