package printing

// labelMap names each of keys with name: the catalogue's words for one
// kind of value (sectors, statuses, kinds…), looked up once.
func labelMap[K comparable](keys []K, name func(K) string) map[K]string {
	m := make(map[K]string, len(keys))
	for _, k := range keys {
		m[k] = name(k)
	}
	return m
}
