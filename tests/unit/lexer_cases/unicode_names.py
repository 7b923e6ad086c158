café = 1
naïve_größe = café + 2
π = 3.14159
λ = lambda x: x
données = {"clé": "valeur", "emoji": "😀🎉", "cjk": "漢字"}
print(données["emoji"], π)  # commentaire: été
名前 = "名前"
x = "😀"; y = café
