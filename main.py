"""Start Journey Designer from a checkout: `python main.py [FILE]`."""

import sys

from journey_designer.cli import main

if __name__ == "__main__":
    sys.exit(main())
