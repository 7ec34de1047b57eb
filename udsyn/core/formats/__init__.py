"""Django format modules (settings.FORMAT_MODULE_PATH): how dates read in a language where Django's own differ from
what the municipality's readers expect."""
