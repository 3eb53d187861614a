"""The CLI's exit statuses, in one place (scripts and tests compare against these)."""

OK = 0
BAD_INPUT = 2  # anything the user can fix: a bad file, argument, path or block; one `error:` line
INTERRUPTED = 130  # Ctrl+C: 128 + SIGINT, as shells report it
