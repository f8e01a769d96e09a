package board

import (
	"sort"
	"strings"
)

// Every course starts with a referral: who referred (ReferrerKind and
// Citizen.ReferredBy), when (ReferredOn), the reason in the referrer's
// words (ReferralReason) and the consent agreed with the citizen (the
// citizen's Consent: one consent, given at the referral or the intake).
// Referred citizens wait on the waiting list until their intake is booked
// (status intake) or the referral is declined.

// ReferrerKind is who referred a citizen.
type ReferrerKind string

const (
	ReferrerGP           ReferrerKind = "gp"           // the citizen's own doctor
	ReferrerClinic       ReferrerKind = "clinic"       // outpatient clinic or psychiatry
	ReferrerSelf         ReferrerKind = "self"         // the citizen's own contact
	ReferrerMunicipality ReferrerKind = "municipality" // the municipality
	ReferrerOther        ReferrerKind = "other"
)

// ReferrerKinds lists the kinds of referrer in the order forms offer them.
var ReferrerKinds = []ReferrerKind{ReferrerGP, ReferrerClinic, ReferrerSelf, ReferrerMunicipality, ReferrerOther}

// Valid reports whether k is one of ReferrerKinds or unset.
func (k ReferrerKind) Valid() bool {
	if k == "" {
		return true
	}
	for _, v := range ReferrerKinds {
		if k == v {
			return true
		}
	}
	return false
}

// DefaultIntakeGoalDays is the team's goal for booking the intake after a
// referral, unless the team sets its own (Team.IntakeGoalDays).
const DefaultIntakeGoalDays = 14

// Declined reports whether the citizen's referral was declined: closed
// with the day and reason of the decline kept.
func (c *Citizen) Declined() bool { return c.Status == StatusClosed && !c.DeclinedOn.IsZero() }

// DeclineReferral declines a waiting referral on day for reason: the
// citizen is closed, leaves the waiting list, and the reason is kept.
func (c *Citizen) DeclineReferral(day Date, reason string) error {
	reason = strings.TrimSpace(reason)
	switch {
	case c.Status != StatusReferred && c.Status != StatusIntake:
		return Invalid("referral.invalid.not_waiting", "Only a referral not yet taken in can be declined.")
	case reason == "":
		return Invalid("referral.invalid.decline_reason", "Write why the referral is declined.")
	case day.IsZero():
		return Invalid("referral.invalid.decline_date", "Give the date the referral was declined.")
	case !c.ReferredOn.IsZero() && day.Before(c.ReferredOn):
		return Invalid("referral.invalid.decline_before_referral", "A referral cannot be declined before it came ({{.Referred}}).").With("Referred", c.ReferredOn)
	}
	c.Status, c.DeclinedOn, c.DeclinedReason = StatusClosed, day, reason
	c.OnBoard = false
	return nil
}

// DeclineReferralOn is DeclineReferral on a day that is not after today.
func (c *Citizen) DeclineReferralOn(day, today Date, reason string) error {
	if day.After(today) {
		return Invalid("referral.invalid.decline_future", "The referral cannot be declined after today ({{.Today}}).").With("Today", today)
	}
	return c.DeclineReferral(day, reason)
}

// CheckReferredOn checks the referral's date against today: a referral
// needs its date (the waiting time is counted from it), and it is not in
// the future. Validate cannot do this: it does not know today, and older
// citizens may have no referral date.
func (c *Citizen) CheckReferredOn(today Date) error {
	switch {
	case c.ReferredOn.IsZero():
		return Invalid("referral.invalid.referred_on_missing", "Give the date of the referral: the waiting time is counted from it.")
	case c.ReferredOn.After(today):
		return Invalid("referral.invalid.referred_on_future", "The referral date cannot be after today ({{.Today}}).").With("Today", today)
	}
	return nil
}

// validateReferral checks the referral's fields (Citizen.Validate).
func (c *Citizen) validateReferral() error {
	c.ReferralReason = strings.TrimSpace(c.ReferralReason)
	c.DeclinedReason = strings.TrimSpace(c.DeclinedReason)
	switch {
	case !c.ReferrerKind.Valid():
		return Invalid("referral.invalid.kind", "Unknown kind of referrer.")
	case !c.DeclinedOn.IsZero() && c.DeclinedReason == "":
		return Invalid("referral.invalid.decline_reason", "Write why the referral is declined.")
	case c.DeclinedOn.IsZero() && c.DeclinedReason != "":
		return Invalid("referral.invalid.decline_date", "Give the date the referral was declined.")
	}
	return nil
}

// WaitingEntry is one referral on the waiting list.
type WaitingEntry struct {
	Citizen *Citizen
	// Days waited since the referral as of today; 0 when the referral
	// has no date.
	Days int
	// PastGoal: waited longer than the team's goal for the intake.
	PastGoal bool
}

// WaitingList returns the referrals waiting for their intake (status
// referred), longest waiting first; those without a referral date come
// last. goalDays is the team's goal (0 means DefaultIntakeGoalDays); an
// entry waiting longer is PastGoal.
func WaitingList(citizens []*Citizen, today Date, goalDays int) []WaitingEntry {
	if goalDays <= 0 {
		goalDays = DefaultIntakeGoalDays
	}
	var out []WaitingEntry
	for _, c := range citizens {
		if c == nil || c.Status != StatusReferred {
			continue
		}
		e := WaitingEntry{Citizen: c}
		if !c.ReferredOn.IsZero() {
			e.Days = max(0, today.DaysSince(c.ReferredOn))
			e.PastGoal = e.Days > goalDays
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return referralBefore(out[i].Citizen, out[j].Citizen) })
	return out
}

// referralBefore is the waiting list's order, which the agenda's new
// referrals follow too: the oldest referral first, undated ones last, then
// by name.
func referralBefore(a, b *Citizen) bool {
	if a.ReferredOn != b.ReferredOn {
		switch {
		case a.ReferredOn.IsZero():
			return false
		case b.ReferredOn.IsZero():
			return true
		}
		return a.ReferredOn.Before(b.ReferredOn)
	}
	return strings.ToLower(a.Name) < strings.ToLower(b.Name)
}
