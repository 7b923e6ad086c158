# UnicodeDecodeError from decoding invalid UTF-8 bytes: names the codec, byte and position.
raw = [b"caf\xc3\xa9", b"caf\xe9"]
for chunk in raw:
    text = chunk.decode("utf-8")
    print(text, len(text))
