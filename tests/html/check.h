/* Checks over a written site: every page is well-formed XML (the backend
 * writes XHTML-compatible HTML, so a strict XML parser is the check), and
 * every relative href/src resolves to a file and every #anchor to an id.
 * Included by the html tests. */
#ifndef LKJIP_TEST_HTML_CHECK_H
#define LKJIP_TEST_HTML_CHECK_H

#define _GNU_SOURCE
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "util/path.h"

struct check {
	int pages, links, errors;
	char log[8192];
	size_t loglen;
};

static void chk_fail(struct check *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (c->loglen < sizeof c->log - 1) {
		int n = vsnprintf(c->log + c->loglen, sizeof c->log - c->loglen,
			fmt, ap);
		if (n > 0)
			c->loglen += (size_t)n;
		if (c->loglen >= sizeof c->log)
			c->loglen = sizeof c->log - 1;
	}
	va_end(ap);
	c->errors++;
}

static int chk_xml_errors;
static void chk_xml_error(void *ctx, const xmlError *e)
{
	struct check *c = ctx;
	chk_fail(c, "%s:%d: xml: %s", e->file ? e->file : "?", e->line,
		e->message ? e->message : "?\n");
	chk_xml_errors++;
}

/* Parses a file strictly; NULL (with errors logged) when not well-formed. */
static xmlDoc *chk_parse(struct check *c, const char *path)
{
	size_t len;
	char *buf = file_read(path, &len);
	if (buf == NULL) {
		chk_fail(c, "%s: cannot read\n", path);
		return NULL;
	}
	chk_xml_errors = 0;
	xmlSetStructuredErrorFunc(c, (xmlStructuredErrorFunc)chk_xml_error);
	xmlDoc *doc = xmlReadMemory(buf, (int)len, path, "UTF-8",
		XML_PARSE_NONET);
	xmlSetStructuredErrorFunc(NULL, NULL);
	free(buf);
	if (doc != NULL && chk_xml_errors > 0) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

static bool chk_has_id(xmlNode *n, const char *id)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *v = xmlGetProp(n, (const xmlChar *)"id");
		bool hit = v && strcmp((const char *)v, id) == 0;
		xmlFree(v);
		if (hit || chk_has_id(n->children, id))
			return true;
	}
	return false;
}

static void chk_link(struct check *c, const char *page, xmlDoc *doc,
	const char *url)
{
	c->links++;
	if (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0
	    || strncmp(url, "mailto:", 7) == 0)
		return;
	if (strcmp(url, "#") == 0) {
		chk_fail(c, "%s: link to \"#\" (an unsafe URL was replaced)\n",
			page);
		return;
	}
	char path[4096], frag[512] = "";
	const char *hash = strchr(url, '#');
	size_t plen = hash ? (size_t)(hash - url) : strlen(url);
	if (hash)
		snprintf(frag, sizeof frag, "%s", hash + 1);
	if (plen == 0) {
		if (!chk_has_id(xmlDocGetRootElement(doc), frag))
			chk_fail(c, "%s: no id \"%s\"\n", page, frag);
		return;
	}
	const char *slash = strrchr(page, '/');
	snprintf(path, sizeof path, "%.*s/%.*s", (int)(slash - page), page,
		(int)plen, url);
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
		chk_fail(c, "%s: broken link \"%s\"\n", page, url);
		return;
	}
	if (*frag) {
		xmlDoc *t = chk_parse(c, path);
		if (t && !chk_has_id(xmlDocGetRootElement(t), frag))
			chk_fail(c, "%s: no id \"%s\" in %s\n", page, frag, path);
		xmlFreeDoc(t);
	}
}

static void chk_walk(struct check *c, const char *page, xmlDoc *doc,
	xmlNode *n)
{
	static const char *const ATTRS[] = {"href", "src"};
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (int i = 0; i < 2; i++) {
			xmlChar *v = xmlGetProp(n, (const xmlChar *)ATTRS[i]);
			if (v)
				chk_link(c, page, doc, (const char *)v);
			xmlFree(v);
		}
		chk_walk(c, page, doc, n->children);
	}
}

static struct check *chk_current;
static int chk_visit(const char *path, const struct stat *st, int flag,
	struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	size_t n = strlen(path);
	if (flag != FTW_F)
		return 0;
	bool html = n > 5 && strcmp(path + n - 5, ".html") == 0;
	bool xml = (n > 4 && strcmp(path + n - 4, ".xml") == 0)
		|| (n > 4 && strcmp(path + n - 4, ".svg") == 0);
	if (!html && !xml)
		return 0;
	xmlDoc *doc = chk_parse(chk_current, path);
	if (doc == NULL) {
		chk_fail(chk_current, "%s: not well-formed\n", path);
		return 0;
	}
	if (html) {
		chk_current->pages++;
		chk_walk(chk_current, path, doc, xmlDocGetRootElement(doc));
	}
	xmlFreeDoc(doc);
	return 0;
}

/* Checks every page under root; returns the number of problems. */
static int check_site(const char *root, struct check *c)
{
	memset(c, 0, sizeof *c);
	chk_current = c;
	nftw(root, chk_visit, 16, FTW_PHYS);
	return c->errors;
}

#endif
