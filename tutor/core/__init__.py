"""Pure-Python heart of the tutor: lessons, their validation and the lesson run.

Never imports Qt (a test asserts it), so everything here is fast to test and usable from
the command line.
"""
