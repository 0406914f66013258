"""Training mode: scripted situations played against the trainee on the real console."""
