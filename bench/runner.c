/*
 * runner.c: the stopwatch of the benchmark and of the hostile-input tests
 * (tests/hostile). It runs one command N times, each in a new process
 * with standard input, output and error on /dev/null or on the files
 * given, and prints one line per run:
 *
 *	WALL_SECONDS PEAK_RSS_BYTES STATUS
 *
 * WALL_SECONDS runs from just before posix_spawn to just after wait4
 * (CLOCK_MONOTONIC); PEAK_RSS_BYTES is the child's ru_maxrss; STATUS is
 * its exit status, or minus the signal that ended it.
 *
 * It exists because the peak memory of a child counts the memory of the
 * process that started it (Linux keeps the larger of the two across
 * exec): started from Python, every program would look 15 MB large.
 * runner itself stays near one megabyte, below anything it measures.
 *
 * Usage: runner [-n N] [-i IN] [-o OUT] [-e ERR] -- PROGRAM [ARG...]
 * (ERR the same name as OUT: both streams go to that one file, in order)
 */
#define _DEFAULT_SOURCE /* wait4 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static void
usage(void)
{
	fprintf(stderr,
	    "usage: runner [-n N] [-i IN] [-o OUT] [-e ERR] -- PROGRAM "
	    "[ARG...]\n");
	exit(2);
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct streams {
	const char	*in, *out, *err;   /* NULL: /dev/null */
};

static void
redirect(posix_spawn_file_actions_t *actions, const struct streams *io)
{
	posix_spawn_file_actions_addopen(actions, 0,
	    io->in != NULL ? io->in : "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(actions, 1,
	    io->out != NULL ? io->out : "/dev/null",
	    O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (io->err != NULL && io->out != NULL && strcmp(io->err, io->out) == 0)
		posix_spawn_file_actions_adddup2(actions, 1, 2);
	else
		posix_spawn_file_actions_addopen(actions, 2,
		    io->err != NULL ? io->err : "/dev/null",
		    O_WRONLY | O_CREAT | O_TRUNC, 0644);
}

static int
run(char **argv, const struct streams *io)
{
	posix_spawn_file_actions_t actions;
	struct rusage ru;
	pid_t pid;
	double start, wall;
	int error, status;

	posix_spawn_file_actions_init(&actions);
	redirect(&actions, io);

	start = now();
	error = posix_spawn(&pid, argv[0], &actions, NULL, argv, environ);
	if (error != 0) {
		fprintf(stderr, "runner: cannot run '%s': %s\n", argv[0],
		    strerror(error));
		exit(2);
	}
	while (wait4(pid, &status, 0, &ru) == -1) {
		if (errno != EINTR) {
			fprintf(stderr, "runner: wait4: %s\n", strerror(errno));
			exit(2);
		}
	}
	wall = now() - start;
	posix_spawn_file_actions_destroy(&actions);

	if (WIFSIGNALED(status))
		status = -WTERMSIG(status);
	else
		status = WEXITSTATUS(status);
	/* ru_maxrss is in kilobytes on Linux. */
	printf("%.9f %ld %d\n", wall, ru.ru_maxrss * 1024L, status);
	return status;
}

int
main(int argc, char **argv)
{
	struct streams io = { NULL, NULL, NULL };
	long n = 1, i;
	char *end;
	int c;

	while ((c = getopt(argc, argv, "n:i:o:e:")) != -1) {
		switch (c) {
		case 'n':
			n = strtol(optarg, &end, 10);
			if (*end != '\0' || n < 1)
				usage();
			break;
		case 'i':
			io.in = optarg;
			break;
		case 'o':
			io.out = optarg;
			break;
		case 'e':
			io.err = optarg;
			break;
		default:
			usage();
		}
	}
	if (optind >= argc)
		usage();
	for (i = 0; i < n; i++)
		run(argv + optind, &io);
	return 0;
}
