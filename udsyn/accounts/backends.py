"""Logging in with a username and password (Django's ModelBackend), reading the user of a session together with
their department: every page shows it in the header and the permission rules ask for its municipality, so this
saves a query or two on every request (the dashboard shows the municipality)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class UserBackend(ModelBackend):
    def get_user(self, user_id: Any) -> Any:
        users = get_user_model()._default_manager.select_related("department", "municipality")
        user = users.filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None
