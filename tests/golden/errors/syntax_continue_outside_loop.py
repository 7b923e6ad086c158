# SyntaxError: 'continue' not properly in loop.
continue
