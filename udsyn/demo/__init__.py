"""Demo data: municipalities with memberships, partners, projects, visits, events and strategies.

`udsyn demo` runs udsyn.demo.loader.load_demo. The demo stands above every app: it imports them, none imports it.
An app adds demo data of its own with a module `udsyn/<app>/demo.py` (see udsyn.demo.loader.contributions).
"""
