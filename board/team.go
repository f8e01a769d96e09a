package board

import "context"

// Team is the team that owns a team file.
type Team struct {
	Name string
	Stamp
}

// TeamService reads and renames the team of the open file.
type TeamService interface {
	FindTeam(ctx context.Context) (*Team, error)
	UpdateTeam(ctx context.Context, t *Team) error
}
