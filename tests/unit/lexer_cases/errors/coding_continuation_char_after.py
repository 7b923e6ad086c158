#!/usr/bin/env python
# vim: set fileencoding=utf-8 :
é = 1 \ y
