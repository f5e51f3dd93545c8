"""`python -m marsad`: the same CLI as the `marsad` command (handy for profilers)."""

from marsad.cli.main import main

main()
