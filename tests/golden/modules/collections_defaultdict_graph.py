# Building an adjacency list and grouping with defaultdict.
from collections import defaultdict

edges = [('a', 'b'), ('a', 'c'), ('b', 'c'), ('c', 'a'), ('d', 'a')]
graph = defaultdict(list)
for src, dst in edges:
    graph[src].append(dst)
print(graph)
indegree = defaultdict(int)
for _, dst in edges:
    indegree[dst] += 1
print(sorted(indegree.items()))
by_len = defaultdict(set)
for w in ['hi', 'to', 'cat', 'dog', 'a']:
    by_len[len(w)].add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
tree = lambda: defaultdict(tree)
root = tree()
root['a']['b']['c'] = 1
print(root['a']['b']['c'], list(root['a']), 'x' in root)


class Registry(defaultdict):
    def __missing__(self, key):
        value = self[key] = f'<{key}>'
        return value


r = Registry()
print(r['k'], r)
