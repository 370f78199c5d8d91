"""Open the Almere Missions desktop program."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen program starts its job processes as itself: they stop here and run the job.
    multiprocessing.freeze_support()
    from ui.app import main

    sys.exit(main())
