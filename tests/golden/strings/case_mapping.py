# upper/lower/title/capitalize/swapcase/casefold, including Unicode special casing.
samples = [
    "hello wORLD", "ß straße", "ﬁnance ﬂow", "İstanbul", "ŉ ǰ ΐ",
    "ǆungla ǅx ǄY", "they're bill's friends", "3rd 1ST x-ray o'neil",
    "ΟΔΥΣΣΕΥΣ", "ΑΣ Σ ΑΣ. ΑΣΑ", "ὈΔΥΣΣΕΎΣ", "ᾳ ᾼ", "Ⓐⓑ", "𐐀𐐨", "ÀÉÎÕÜ àéîõü",
]
for s in samples:
    print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("ΣΑΣ".lower(), "Σ".lower(), "AΣ".lower(), "A\u0345Σ".lower(), "A'Σ'B".lower(), "ΑΣ1".lower())
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǅ".swapcase())
print(len("ß".upper()), len("ﬃ".upper()), len("İ".lower()))
print("Straße".casefold() == "STRASSE".casefold())
