import sys

from journey_designer.cli import main

sys.exit(main())
