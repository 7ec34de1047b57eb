from udsyn.core.admin import register_remaining

register_remaining("reports")
