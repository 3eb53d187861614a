"""Stand-ins for third-party packages this machine cannot install beside its torch."""
