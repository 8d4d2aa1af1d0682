package scenarios

// The historical built-ins (cold-war, 21st-century) are generated from scenarios/data/ by cmd/scenariogen.
//go:generate go run ../cmd/scenariogen -data data -out builtin
