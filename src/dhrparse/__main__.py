from .output_target import run_cli

run_cli()
