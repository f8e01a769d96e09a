package demo

import (
	"strings"

	"tavlen/board"
)

// The way in: each demo citizen's referral says who referred and why; of
// the referrals waiting, two are past the team's goal for the intake; the
// last demo citizen's referral was declined, with its reason kept (and so
// has no plan and no notes).

var referralReasons = []string{
	"Tiltagende isolation og ophørt med at komme til lægen. Ønsker hjælp til at komme i gang igen.",
	"Udskrives efter tre ugers indlæggelse; har brug for koordineret opfølgning mellem psykiatri og kommune.",
	"Skizofreni, svingende medicinering, har mistet sin bolig. Bor midlertidigt hos en ven.",
	"Ringede selv: 'Jeg kan ikke overskue min post og mine regninger længere.'",
	"Bipolar lidelse og alkohol. Har flere gange udeblevet fra ambulatoriet.",
}

// referrerKindOf reads the kind of referrer from the demo's referrer text.
func referrerKindOf(by string) board.ReferrerKind {
	switch {
	case strings.Contains(by, "læge"):
		return board.ReferrerGP
	case strings.Contains(by, "Psykiatri"), strings.Contains(by, "psykiatri"):
		return board.ReferrerClinic
	case strings.Contains(by, "Kommune"):
		return board.ReferrerMunicipality
	}
	return board.ReferrerOther
}

// referral fills in the i-th citizen's referral; it uses no random
// numbers, so the rest of the demo stays as it was.
func (f *filler) referral(i int, c *board.Citizen) {
	c.ReferrerKind = referrerKindOf(c.ReferredBy)
	c.ReferralReason = referralReasons[i%len(referralReasons)]
	switch i {
	case 28: // waiting well past the goal
		c.ReferredOn = f.today.AddDays(-23)
		c.Consent = board.Consent{GivenOn: c.ReferredOn, Scope: "Deling mellem egen læge, psykiatri og kommune"}
	case 29: // just past the goal
		c.ReferredOn = f.today.AddDays(-16)
	case 30:
		c.ReferredBy, c.ReferrerKind = "Egen henvendelse", board.ReferrerSelf
		c.ReferralReason = referralReasons[3]
	case 39: // the last demo citizen: a referral the team declined
		c.ReferredBy, c.ReferrerKind = "Psykiatrisk ambulatorium, Glostrup", board.ReferrerClinic
		c.ReferredOn, c.ReferralReason = f.today.AddDays(-30), "Angst og depression; ønsker et samtaleforløb."
		c.Status, c.Consent = board.StatusReferred, board.Consent{}
		// The reason is given, so this cannot fail.
		_ = c.DeclineReferral(f.today.AddDays(-24), "Hører til i ambulant behandling uden behov for tværsektoriel koordinering. Henviser og borger er orienteret.")
	}
}
