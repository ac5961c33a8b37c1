"""Entry point of the cdktf app: synthesize the environment files named on the command line.

``cdktf synth`` runs this file (see ``cdktf.json``); so does ``make synth``.
"""

import sys

from stacks.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
