package postgres

import (
	"net/url"
	"regexp"
	"strings"
)

// An address names a team in a region database: a libpq connection string
// (postgres://… URL or key=value pairs) with one word of Tavlen's own, the
// team, as `team=NAME` (a URL query parameter or a pair). The team is taken
// out before the address reaches pgx, which would send it to the server as
// a setting. Everything else (several hosts, target_session_attrs, sslmode,
// and libpq's environment PGHOST, PGSERVICE, PGPASSFILE… for what the
// address leaves out) is pgx's.

// teamPair is team=NAME in a key=value connection string.
var teamPair = regexp.MustCompile(`(^|\s)team\s*=\s*('((\\.|[^'])*)'|(\S*))`)

// SplitTeam returns address without its team and the team it names ("" for
// none).
func SplitTeam(address string) (conn, team string) {
	if IsAddress(address) {
		u, err := url.Parse(address)
		if err != nil {
			return address, ""
		}
		q := u.Query()
		team = q.Get("team")
		if !q.Has("team") {
			return address, ""
		}
		q.Del("team")
		u.RawQuery = q.Encode()
		return urlString(u), team
	}
	m := teamPair.FindStringSubmatchIndex(address)
	if m == nil {
		return address, ""
	}
	if m[6] >= 0 { // quoted
		team = strings.NewReplacer(`\'`, `'`, `\\`, `\`).Replace(address[m[6]:m[7]])
	} else {
		team = address[m[10]:m[11]]
	}
	return strings.TrimSpace(strings.TrimSpace(address[:m[0]]) + " " + strings.TrimSpace(address[m[1]:])), team
}

// WithTeam returns address naming team (replacing a team it named).
func WithTeam(address, team string) string {
	conn, _ := SplitTeam(address)
	if team == "" {
		return conn
	}
	if IsAddress(conn) {
		u, err := url.Parse(conn)
		if err != nil {
			return conn
		}
		q := u.Query()
		q.Set("team", team)
		u.RawQuery = q.Encode()
		return urlString(u)
	}
	return conn + " team='" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(team) + "'"
}

// Address makes the address of team in the database on host (several
// hosts separated by commas, each host or host:port) named database, as
// user; it holds no password. With more than one host it asks for the
// primary (target_session_attrs=read-write), so a failover reconnects to
// the new one.
func Address(host, database, user, team string) string {
	u := url.URL{Scheme: "postgres", Host: strings.ReplaceAll(strings.TrimSpace(host), " ", "")}
	if user = strings.TrimSpace(user); user != "" {
		u.User = url.User(user)
	}
	if database = strings.TrimSpace(database); database != "" {
		u.Path = "/" + database
	}
	q := url.Values{}
	if strings.Contains(u.Host, ",") {
		q.Set("target_session_attrs", "read-write")
	}
	if team = strings.TrimSpace(team); team != "" {
		q.Set("team", team)
	}
	u.RawQuery = q.Encode()
	return urlString(&u)
}

// urlString is u as a postgres:// address also when it has neither host
// nor database (everything from libpq's environment), where url.URL
// would leave out the "//".
func urlString(u *url.URL) string {
	s := u.String()
	if !IsAddress(s) {
		s = strings.Replace(s, ":", "://", 1)
	}
	return s
}
