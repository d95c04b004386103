// How many works a person's, project's or organisation's page lists. The busiest of them have
// thousands (a page of every one would be megabytes); the rest are one click away in the overview,
// filtered by that person or project.
export const RELATED_WORKS_SHOWN = 50;
