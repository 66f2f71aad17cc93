import { Card, Col, List, Row, Statistic, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api-client.js';
import { BarChart } from '../echart.js';
import { useWords } from '../i18n.js';

interface Reminder {
  caseId: string;
  caseTitle: string;
  title: string;
  dueAt: string;
  daysLeft: number;
  overdue: boolean;
}

interface Dashboard {
  leads: number;
  cases: number;
  typicalCases: number;
  peopleAffected: number;
  minors: number;
  leadsByStatus: Record<string, number>;
  leadsByPiType: Record<string, number>;
  leadsByMonth: Record<string, number>;
  leadsBySubjectType: Record<string, number>;
}

/** Counts and charts over the unit's leads and cases. */
export function DashboardPage() {
  const w = useWords();
  const [d, setD] = useState<Dashboard>();
  const [reminders, setReminders] = useState<Reminder[]>([]);
  useEffect(() => {
    void api<Dashboard>('GET', '/api/dashboard').then(setD);
    void api<{ reminders: Reminder[] }>('GET', '/api/reminders').then((r) => setReminders(r.reminders));
  }, []);
  if (!d) return null;
  return (
    <>
      <Row gutter={16}>
        <Col flex={1}>
          <Card>
            <Statistic title={w.leads} value={d.leads} />
          </Card>
        </Col>
        <Col flex={1}>
          <Card>
            <Statistic title={w.cases} value={d.cases} />
          </Card>
        </Col>
        <Col flex={1}>
          <Card>
            <Statistic title={w.typicalCases} value={d.typicalCases} />
          </Card>
        </Col>
        <Col flex={1}>
          <Card>
            <Statistic title={w.people} value={d.peopleAffected} />
          </Card>
        </Col>
        <Col flex={1}>
          <Card>
            <Statistic title={w.minors} value={d.minors} />
          </Card>
        </Col>
      </Row>
      {reminders.length > 0 && (
        <Card title={w.reminders} style={{ marginTop: 16 }}>
          <List
            size="small"
            dataSource={reminders}
            renderItem={(r) => (
              <List.Item>
                <Tag color={r.overdue ? 'red' : 'orange'}>{r.overdue ? w.overdue : `${r.daysLeft} ${w.days}`}</Tag>
                {r.caseTitle} · {r.title} · {w.dueAt} {r.dueAt.slice(0, 10)}
              </List.Item>
            )}
          />
        </Card>
      )}
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={12}>
          <Card>
            <BarChart title={w.byStatus} counts={d.leadsByStatus} />
          </Card>
        </Col>
        <Col span={12}>
          <Card>
            <BarChart title={w.byPiType} counts={d.leadsByPiType} />
          </Card>
        </Col>
        <Col span={12} style={{ marginTop: 16 }}>
          <Card>
            <BarChart title={w.byMonth} counts={d.leadsByMonth} />
          </Card>
        </Col>
        <Col span={12} style={{ marginTop: 16 }}>
          <Card>
            <BarChart title={w.bySubjectType} counts={d.leadsBySubjectType} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
