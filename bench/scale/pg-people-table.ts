import pg from 'pg';

/** Name of the generated table; database tests scan the whole test database, so it is dropped afterwards. */
export const PEOPLE_TABLE = 'bench_scale_people';

/**
 * Creates PEOPLE_TABLE with `rows` generated people, server-side with generate_series (no rows travel from
 * here): a name, a resident ID with its ISO 7064 check digit computed in SQL (region 110105, birth dates
 * over 55 years, sequence numbers so that every row is another person), a mobile, an e-mail and a note.
 * Returns its total relation size in bytes.
 */
export async function createPeopleTable(url: string, rows: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS ${PEOPLE_TABLE}`);
    await client.query(`CREATE TABLE ${PEOPLE_TABLE} AS
      WITH base AS (
        SELECT g,
          '110105' || to_char(date '1950-01-01' + (g % 20000), 'YYYYMMDD') || lpad(((g / 20000) % 1000)::text, 3, '0') AS b
        FROM generate_series(1, ${Number(rows)}) AS g)
      SELECT g AS id,
        (ARRAY['王伟','李娜','张敏','刘洋','陈静','杨磊','赵丽','黄强','周杰','吴芳'])[1 + g % 10] AS name,
        b || substr('10X98765432', 1 + (
          SELECT sum(substr(b, i, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i]) FROM generate_series(1, 17) AS i
        )::int % 11, 1) AS id_card,
        '138' || lpad(((g::bigint * 7919) % 100000000)::text, 8, '0') AS phone,
        'user' || g || '@example.com' AS email,
        '订单备注 ' || (g % 97) || ' 已发货' AS note
      FROM base`);
    await client.query(`ALTER TABLE ${PEOPLE_TABLE} ADD PRIMARY KEY (id)`);
    const size = await client.query(`SELECT pg_total_relation_size('${PEOPLE_TABLE}')::bigint AS b`);
    return Number(size.rows[0].b);
  } finally {
    await client.end();
  }
}

/** Drops PEOPLE_TABLE. */
export async function dropPeopleTable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS ${PEOPLE_TABLE}`);
  } finally {
    await client.end();
  }
}
