/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the text read aloud says (src/speech.c).  The
 * first byte picks the width (2 to 129 columns), the second the first
 * line said; the rest is body text, any bytes, laid out as a page with
 * doc_body() and then turned into the text to speak with
 * speech_text_doc().  It aborts unless that text is whole paragraphs
 * (no empty one, each ended by a newline), has no whitespace run and
 * no web address left in it, and stays within SPEECH_MAX_TEXT.
 */
#include <config.h>

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "speech.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static _Noreturn void
broken(const char *what)
{
	fprintf(stderr, "fuzz-speech: %s\n", what);
	abort();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct speech_text t;
	struct doc d;
	char *body;
	size_t i, from;

	if (size < 2)
		return 0;
	if ((body = malloc(size - 1)) == NULL)
		return 0;
	memcpy(body, data + 2, size - 2);
	body[size - 2] = '\0';
	doc_init(&d, 2 + data[0] % 128, "- ");
	doc_body(&d, body);
	from = d.w.n > 0 ? data[1] % (d.w.n + 1) : 0;
	speech_text_init(&t);
	speech_text_doc(&t, &d, from, NULL, "web address");
	if (t.len > SPEECH_MAX_TEXT)
		broken("longer than SPEECH_MAX_TEXT");
	for (i = 0; i < t.len; i++) {
		if (t.s[i] == '\n' && (i == 0 || t.s[i - 1] == '\n' ||
		    t.s[i - 1] == ' '))
			broken("an empty paragraph or a space before its end");
		if (t.s[i] == ' ' && (i == 0 || t.s[i - 1] == ' ' ||
		    t.s[i - 1] == '\n'))
			broken("a run of whitespace");
	}
	if (t.len > 0 && t.s[t.len - 1] != '\n')
		broken("a paragraph without its end");
	if (t.s != NULL && (strstr(t.s, " https://") != NULL ||
	    strstr(t.s, "\nhttps://") != NULL ||
	    strncmp(t.s, "https://", 8) == 0))
		broken("a web address is said letter by letter");
	speech_text_wipe(&t);
	doc_free(&d);
	free(body);
	return 0;
}
