/*
 * Hunspell's own verdict for each line of standard input: prints "1" (accepted) or "0"
 * (rejected) per line. It calls Hunspell_spell() on the whole line, so nothing is tokenised
 * away (the hunspell command splits "apm." or "e-pasts" into words before checking).
 * Used by make-verdicts.sh; links against Debian's libhunspell (no header package needed).
 *
 *   hunspell-verdicts AFF DIC [suggest]   < words > verdicts
 *
 * With "suggest", prints Hunspell's suggestions instead: one line per word, tab-separated.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Hunhandle Hunhandle;
Hunhandle* Hunspell_create(const char* affpath, const char* dpath);
void Hunspell_destroy(Hunhandle* handle);
int Hunspell_spell(Hunhandle* handle, const char* word);
int Hunspell_suggest(Hunhandle* handle, char*** slst, const char* word);
void Hunspell_free_list(Hunhandle* handle, char*** slst, int n);

int main(int argc, char** argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s AFF DIC [suggest] < words\n", argv[0]);
    return 2;
  }
  int suggest = argc > 3 && strcmp(argv[3], "suggest") == 0;
  Hunhandle* handle = Hunspell_create(argv[1], argv[2]);
  if (!handle) return 1;
  static char line[65536];
  while (fgets(line, sizeof line, stdin)) {
    size_t n = strlen(line);
    if (n && line[n - 1] == '\n') line[--n] = 0;
    if (suggest) {
      char** list = NULL;
      int count = Hunspell_suggest(handle, &list, line);
      for (int i = 0; i < count; i++) printf(i ? "\t%s" : "%s", list[i]);
      putchar('\n');
      if (count > 0) Hunspell_free_list(handle, &list, count);
    } else {
      putchar(Hunspell_spell(handle, line) ? '1' : '0');
      putchar('\n');
    }
  }
  Hunspell_destroy(handle);
  return 0;
}
