import { Card, Col, Row, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api-client.js';
import { BarChart } from '../echart.js';
import { useWords } from '../i18n.js';

interface Dashboard {
  leads: number;
  cases: number;
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
  useEffect(() => {
    void api<Dashboard>('GET', '/api/dashboard').then(setD);
  }, []);
  if (!d) return null;
  return (
    <>
      <Row gutter={16}>
        <Col span={6}>
          <Card>
            <Statistic title={w.leads} value={d.leads} />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic title={w.cases} value={d.cases} />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic title={w.people} value={d.peopleAffected} />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic title={w.minors} value={d.minors} />
          </Card>
        </Col>
      </Row>
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
