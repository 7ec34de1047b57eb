"""Thin renderers: each turns a report dataclass into one file format; none computes a figure."""
