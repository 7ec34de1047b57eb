"""API tokens for a username and password, under the same lockout as the login page (django-axes)."""

from __future__ import annotations

from typing import Any

from rest_framework import status
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle

from udsyn.accounts.lockout import lockout_message


class ObtainToken(ObtainAuthToken):
    """POST a username and password: the user's API token. Too many wrong passwords for a username from one address
    lock that pair out (429, as on the login page); one address may ask a limited number of times a minute."""

    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "token"

    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        valid = serializer.is_valid()
        # django-axes marks the request it was given (DRF's) when the pair is, or has just become, locked out.
        if getattr(request, "axes_locked_out", False) or getattr(request._request, "axes_locked_out", False):
            return Response({"detail": lockout_message()}, status=status.HTTP_429_TOO_MANY_REQUESTS)
        if not valid:
            raise ValidationError(serializer.errors)
        token, _created = Token.objects.get_or_create(user=serializer.validated_data["user"])
        return Response({"token": token.key})
