"""Coding: what each recommendation asks (`asks`), its themes (`themes`) and its scope
(`scope`), as ../shared/THEMES.md defines them. Runs after linking, on finished records.
"""
