from dhrparse.output.target import run_cli

run_cli()
