package text

import (
	"os"
	"strings"
)

// Normalise returns "en" for "en" and Danish for anything else.
func Normalise(code string) string {
	if code == English {
		return English
	}
	return Danish
}

// Resolve turns the language setting ("da", "en", or "" to follow the
// system) and the system's locale (such as "da_DK.UTF-8", "en-GB" or "C")
// into "da" or "en". A locale naming no language ("", C, POSIX: servers
// and fresh installs) gives Danish, Tavlen's first language; so does any
// language Tavlen does not speak.
func Resolve(setting, systemLocale string) string {
	switch setting {
	case Danish, English:
		return setting
	}
	loc := strings.ToLower(strings.TrimSpace(systemLocale))
	if i := strings.IndexAny(loc, ".@"); i >= 0 {
		loc = loc[:i]
	}
	if loc == "en" || strings.HasPrefix(loc, "en_") || strings.HasPrefix(loc, "en-") {
		return English
	}
	return Danish
}

// EnvLocale is the locale a Unix system names in LC_ALL, LC_MESSAGES or
// LANG (the first one set), or "".
func EnvLocale() string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(name); v != "" {
			return v
		}
	}
	return ""
}
