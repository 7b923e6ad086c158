# coding=utf-8
if x:
  y
 é
