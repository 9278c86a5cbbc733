"""Names found whichever script they were typed in, and whatever keyboard typed them.

Two columns are added to the names' copy (0005), computed by PostgreSQL from the name,
so that every writer of a name (the ORM, COPY, psql) keeps them right:

- `folded_name`: the name in lower case, without Arabic vowel marks, with the letters
  an Arabic keyboard types for Urdu's (ي, ك, ه, ة) as Urdu's (ی, ک, ہ): "علي" is "علی".
- `name_key`: how the name sounds, in consonants, the same for both scripts:
  "محمد اسلم", "Muhammad Aslam" and "Mohammad Aslam" are all "mhmd aslm". A word's
  first vowel is kept as "a" (Aslam, Imran, Usman; ا, ع), later vowels and the letters
  Urdu also writes vowels with (ا و ی ے ع) are dropped, letters written alike in Latin
  are one (q/k/ق/ک, z/ز/ذ/ض/ظ, s/س/ص/ث, t/ت/ٹ/ط), sh, kh, ch and gh are one sound each,
  a doubled letter counts once.

The search compares the typed text through the same two functions (candidates/filters.py),
so each rule is written once, here. How well it finds people across the scripts is
measured by tests/candidates/test_names_in_both_scripts.py on a list of common names.
"""

import django.contrib.postgres.fields
from django.db import migrations, models

# Urdu consonants and the Latin letter each is written with; one letter each, so that
# translate() maps them (sh, kh, ch and gh as x, k, c and g, like the Latin side).
URDU_AS_LATIN = {
    "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ث": "s", "ج": "j", "چ": "c", "ح": "h",
    "خ": "k", "د": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ڑ": "r", "ز": "z", "ژ": "z",
    "س": "s", "ش": "x", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "غ": "g", "ف": "f",
    "ق": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ں": "n", "ہ": "h",
    "ھ": "h",
}  # fmt: skip
# Letters that also write vowels, and hamza: dropped after a word's first letter.
URDU_VOWEL_LETTERS = "اآأإعوۓیےئءؤۂ"

ARABIC_KEYBOARD = ("يىكهةۃ", "ییکہہہ")
ARABIC_MARKS = r"[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]"

CREATE = [
    f"""
    CREATE FUNCTION portal_folded(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
        SELECT translate(lower(regexp_replace(name, '{ARABIC_MARKS}', '', 'g')),
                         '{ARABIC_KEYBOARD[0]}', '{ARABIC_KEYBOARD[1]}')
    $$
    """,
    f"""
    CREATE FUNCTION portal_word_key(word text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
        SELECT regexp_replace(lower(CASE
            WHEN word ~ '[\\u0600-\\u06FF]' THEN
                translate(
                    regexp_replace(regexp_replace(regexp_replace(regexp_replace(
                        regexp_replace(word, '[^\\u0600-\\u06FF]', '', 'g'),
                        '^[اآأإع]', 'A'), '^ی', 'Y'), '^و', 'W'),
                        -- a closing heh after a consonant is a vowel (فاطمہ, نادیہ)
                        '([^اوA])ہ$', '\\1'),
                    '{"".join(URDU_AS_LATIN)}{URDU_VOWEL_LETTERS}',
                    '{"".join(URDU_AS_LATIN.values())}')
            ELSE
                (SELECT substr(w, 1, 1) || regexp_replace(substr(w, 2), '[aeiouwy]', '', 'g')
                 FROM (SELECT regexp_replace(translate(
                     replace(replace(replace(replace(replace(
                         regexp_replace(replace(regexp_replace(word, '[^a-z]', '', 'g'),
                                                'x', 'ks'),
                                        'c(?!h)', 'k', 'g'),
                         'sh', 'x'), 'kh', 'k'), 'ch', 'c'), 'gh', 'g'), 'ph', 'f'),
                     'qv', 'kw'), '^[aeiou]', 'A') AS w) AS spelt)
        END), '(.)\\1+', '\\1', 'g')
    $$
    """,
    """
    CREATE FUNCTION portal_name_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
        SELECT coalesce(string_agg(key, ' ' ORDER BY position), '')
        FROM regexp_split_to_table(portal_folded(name), '[\\s,.;:()/_''"-]+')
             WITH ORDINALITY AS words(word, position),
             LATERAL portal_word_key(word) AS key
        WHERE key <> ''
    $$
    """,
    """
    ALTER TABLE candidates_name_search
        ADD COLUMN folded_name text GENERATED ALWAYS AS (portal_folded(full_name)) STORED,
        ADD COLUMN name_key text GENERATED ALWAYS AS (portal_name_key(full_name)) STORED,
        ADD COLUMN name_keys text[]
            GENERATED ALWAYS AS (string_to_array(portal_name_key(full_name), ' ')) STORED
    """,
    # One index each on the parent: PostgreSQL builds one per partition. The folded
    # names' index replaces the full names' (0005): the search compares folded names.
    """
    CREATE INDEX candidates_name_search_folded_trgm ON candidates_name_search
    USING gin (folded_name gin_trgm_ops) WITH (gin_pending_list_limit = 64)
    """,
    # The words' keys, for an exact match of one word's sound: a trigram match of a
    # key as short as "xz" (شازیہ, Shazia) would visit a fifth of a centre's names.
    """
    CREATE INDEX candidates_name_search_keys ON candidates_name_search
    USING gin (name_keys) WITH (gin_pending_list_limit = 64)
    """,
    "DROP INDEX candidates_name_search_trgm",
    "ANALYZE candidates_name_search",
]

DROP = [
    """
    CREATE INDEX candidates_name_search_trgm ON candidates_name_search
    USING gin (full_name gin_trgm_ops) WITH (gin_pending_list_limit = 64)
    """,
    "ALTER TABLE candidates_name_search DROP COLUMN name_keys, DROP COLUMN name_key, "
    "DROP COLUMN folded_name",
    "DROP FUNCTION portal_name_key(text)",
    "DROP FUNCTION portal_word_key(text)",
    "DROP FUNCTION portal_folded(text)",
]


class Migration(migrations.Migration):
    dependencies = [("candidates", "0007_name_search_short_pending_list")]

    operations = [
        migrations.RunSQL(sql=CREATE, reverse_sql=DROP),
        # The copy is not managed by Django (0005): these only tell the ORM the columns.
        migrations.AddField(
            model_name="namesearchentry",
            name="folded_name",
            field=models.TextField(editable=False),
        ),
        migrations.AddField(
            model_name="namesearchentry",
            name="name_key",
            field=models.TextField(editable=False),
        ),
        migrations.AddField(
            model_name="namesearchentry",
            name="name_keys",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=models.TextField(), editable=False, size=None
            ),
        ),
    ]
