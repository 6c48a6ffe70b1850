from sourcetrace.apps.cli import main

main()
