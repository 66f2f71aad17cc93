import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { biometricData } from './biometric-data.js';

const vector = Array.from({ length: 16 }, (_, i) => ((i * 37) % 100) / 100 - 0.5).join(',');
const b64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODk=';

describe('biometric-data', () => {
  for (const t of recognizerTests(biometricData, {
    valid: [
      { name: 'labelled face template in text', text: `人脸特征值：${b64}`, expect: [{ piType: 'SPI.BIO.FACE', class: 'sensitive' }] },
      {
        name: 'face vector under a column name',
        text: `[${vector}]`,
        context: 'face_feature',
        expect: [{ piType: 'SPI.BIO.FACE', start: 0 }],
      },
      {
        name: 'fingerprint template under a Chinese column name',
        text: b64,
        context: '指纹模板',
        expect: [{ piType: 'SPI.BIO.FINGERPRINT' }],
      },
      { name: 'voiceprint sample file', text: 'spk_0001.wav', context: 'voiceprint_sample', expect: [{ piType: 'SPI.BIO.VOICE' }] },
      {
        name: 'a face-recognition event in a gate log',
        text: '游客王某 2024-05-01 09:12 东门刷脸入园成功',
        expect: [{ value: '刷脸入园成功', piType: 'SPI.BIO.FACE' }],
      },
    ],
    invalid: [
      { name: 'a service description with face entry', text: '本景区提供刷脸入园服务，方便快捷。' },
      { name: 'policy naming the category', text: '我们会收集您的人脸信息和指纹信息用于身份验证。' },
      { name: 'a template-shaped value under an ordinary column', text: b64, context: 'session_token' },
      { name: 'a biometric column holding a yes/no flag', text: 'true', context: 'face_enabled' },
    ],
  })) {
    it(t.name, t.run);
  }
});
