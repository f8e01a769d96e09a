package demo

import (
	"strings"

	"tavlen/board"
)

// The way in: each demo citizen's referral says who referred and why; of
// the referrals waiting, two are past the team's goal for the intake; one
// referral was declined, with its reason kept.

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
	}
}

// addDeclined adds a referral the team declined: closed, its reason kept.
// Added last, so the other demo data stays as it was.
func (f *filler) addDeclined() error {
	kom := f.bySector[board.SectorKommune][0]
	c := &board.Citizen{Name: "Villads Kjærsgaard", Status: board.StatusReferred, ReferredBy: "Psykiatrisk ambulatorium, Glostrup",
		ReferrerKind: board.ReferrerClinic, ReferredOn: f.today.AddDays(-30),
		ReferralReason: "Angst og depression; ønsker samtaleforløb.",
		Responsible:    []board.Responsibility{{MemberID: kom.ID, Role: "Kontaktperson"}}}
	if err := c.DeclineReferral(f.today.AddDays(-24), "Hører til i ambulant behandling uden behov for tværsektoriel koordinering. Henviser og borger er orienteret; ambulatoriet fortsætter."); err != nil {
		return err
	}
	if err := f.s.CreateCitizen(f.ctx, c); err != nil {
		return err
	}
	f.citizens = append(f.citizens, c)
	return nil
}
