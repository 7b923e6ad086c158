# Uncaught: looping over an instance of a class without __iter__ or __getitem__.
class Playlist:
    def __init__(self, songs):
        self.songs = songs

p = Playlist(["a", "b"])
for song in p.songs:
    print(song)
for song in p:
    print(song)
